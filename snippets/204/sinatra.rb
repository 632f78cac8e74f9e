require 'sinatra'

get '/endpoint' do
    status 204
end
