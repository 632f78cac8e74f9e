require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 504
    json message: 'Gateway Timeout'
end
